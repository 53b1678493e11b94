import { cpuMsOf, threadCpuMsOf } from '../bench/neo4j';
import { gql, outcomeOf } from './client';
import { Question, ReadSamples } from './questions';

/** What one read of a question costs in CPU time: the service's process and Neo4j's. */
export interface ReadCost {
  question: string;
  serviceCpuMs: number;
  neo4jCpuMs: number;
}

/** Neo4j's CPU ms so far without its JIT compilers', which fall quiet once the plans are compiled. */
function neo4jSteadyCpuMs(pid: number): number {
  const roles = threadCpuMsOf(pid);
  return roles.queries + roles.gc + roles.other;
}

/**
 * Each question asked `warm` times unmeasured and then `asks` times, one at a time and before any
 * load, with the CPU time the service and Neo4j spent over the measured asks read from /proc: the
 * price of a read, which unlike its latency does not depend on what else the machine is doing.
 * A rate whose reads need more CPU a second than the cores have cannot be answered in steady
 * state, whatever the service does with its queue.
 */
export async function measureReadCosts(
  url: string,
  questions: Question[],
  samples: ReadSamples,
  pids: { service: number; neo4j: number },
  asks: { warm: number; measured: number },
): Promise<ReadCost[]> {
  const ask = async (question: Question, i: number) => {
    const answer = await gql(url, question.query, question.variables(i, samples), {
      timeoutMs: 60000,
    });
    const { outcome, code } = outcomeOf(answer);
    if (outcome !== 'acknowledged')
      throw new Error(`measuring read costs: ${question.name} was not answered (${code})`);
  };
  const costs: ReadCost[] = [];
  for (const question of questions) {
    for (let i = 0; i < asks.warm; i++) await ask(question, i);
    const service0 = cpuMsOf(pids.service);
    const neo4j0 = neo4jSteadyCpuMs(pids.neo4j);
    for (let i = 0; i < asks.measured; i++) await ask(question, asks.warm + i);
    costs.push({
      question: question.name,
      serviceCpuMs: (cpuMsOf(pids.service) - service0) / asks.measured,
      neo4jCpuMs: (neo4jSteadyCpuMs(pids.neo4j) - neo4j0) / asks.measured,
    });
  }
  return costs;
}

/**
 * Reads a second that `cores` can answer of the readers' mix, where every question is drawn
 * equally often: the cores' milliseconds a second over a read's mean CPU milliseconds.
 */
export function capacityOf(costs: ReadCost[], cores: number): number {
  const mean =
    costs.reduce((sum, c) => sum + c.serviceCpuMs + c.neo4jCpuMs, 0) / Math.max(1, costs.length);
  return mean > 0 ? (cores * 1000) / mean : Infinity;
}
