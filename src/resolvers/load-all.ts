/** Loads many ids through one DataLoader (one batch), dropping ids that no longer exist. */
export async function loadAll<T extends object>(loader: { load(id: string): Promise<T | null> }, ids: string[]): Promise<T[]> {
  const items: (T | null)[] = await Promise.all(ids.map((id) => loader.load(id)));
  return items.filter((x): x is T => x !== null);
}
