/** Loads many ids through one DataLoader (one batch), dropping ids that no longer exist. */
export async function loadAll<T extends object>(
  loader: { load(id: string): Promise<T | null> },
  ids: string[],
): Promise<T[]> {
  const items: (T | null)[] = await Promise.all(ids.map((id) => loader.load(id)));
  return items.filter((x): x is T => x !== null);
}

/** Loads the node a stored relationship points at for a non-null field; a missing one is a broken graph, reported as such. */
export async function loadLinked<T extends object>(
  loader: { load(id: string): Promise<T | null> },
  id: string,
  what: string,
): Promise<T> {
  const item = await loader.load(id);
  if (item === null) throw new Error(`${what} ${id} is linked in the graph but not stored`);
  return item;
}
