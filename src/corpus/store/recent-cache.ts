/** Keeps `value` under `key` in `map`, forgetting the entry kept longest ago once `limit` are held. */
export function keepRecent<K, V>(map: Map<K, V>, limit: number, key: K, value: V): void {
  map.delete(key)
  if (map.size >= limit) map.delete(map.keys().next().value as K)
  map.set(key, value)
}
