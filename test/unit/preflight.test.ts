import { javaMajor } from '../../scripts/preflight';

describe('preflight', () => {
  it('when java -version prints its banner, then the major version is read from the old and new formats', () => {
    expect(javaMajor('openjdk version "17.0.12" 2024-07-16')).toBe(17);
    expect(javaMajor('java version "1.8.0_402"')).toBe(8);
    expect(javaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(javaMajor('no java here')).toBeUndefined();
  });
});
