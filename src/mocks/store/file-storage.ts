import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createMemoryStorage, type KeyValueStorage } from './storage';

/**
 * The HTTP simulator's optional persistence (`SIM_DATA_FILE`): storage in memory, and the keys
 * worth keeping written to a JSON file on every change. The stored state is the seed plus the
 * changed referrals (decision 006), so the file stays small and a whole-file write is cheap.
 */
export function createFileStorage(
  file: string,
  options: { persistKeys: readonly string[] },
): KeyValueStorage {
  const memory = createMemoryStorage();
  const persisted = new Set(options.persistKeys);
  if (existsSync(file)) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof data === 'object' && data !== null) {
      for (const [key, value] of Object.entries(data)) {
        if (persisted.has(key) && typeof value === 'string') memory.setItem(key, value);
      }
    }
  }

  const flush = () => {
    const data: Record<string, string> = {};
    for (const key of persisted) {
      const value = memory.getItem(key);
      if (value !== null) data[key] = value;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a crash mid-write never leaves half a file behind.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  };

  return {
    getItem: (key) => memory.getItem(key),
    setItem: (key, value) => {
      memory.setItem(key, value);
      if (persisted.has(key)) flush();
    },
    removeItem: (key) => {
      memory.removeItem(key);
      if (persisted.has(key)) flush();
    },
  };
}
