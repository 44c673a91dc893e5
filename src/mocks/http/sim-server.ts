import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { FAULTS_KEY } from '../rules/faults';
import { createFileStorage } from '../store/file-storage';
import { API_PATH, DEFAULT_ALLOWED_ORIGINS, createSimHttpServer } from './http-server';
import { DEFAULT_SEED } from '../seed/seed';
import { MAX_SIZE, STATE_KEY, readStoredSettings } from '../store/sim-store';
import { createSimulator, DEFAULT_SIZE, type Simulator } from '../store/simulator';
import { createMemoryStorage } from '../store/storage';

/** Settings of `npm run sim`, from the environment (README, "The simulator over HTTP"). */
export type SimServerSettings = {
  port: number;
  /** Undefined: the stored size with SIM_DATA_FILE, else the default 60. */
  size?: number;
  seed?: number;
  dataFile?: string;
  allowedOrigins: string[];
  /** `X-Sim-Control` for the `/__sim/*` routes: SIM_CONTROL_TOKEN, or a random one. */
  controlToken: string;
  /** True when no SIM_CONTROL_TOKEN was set: the CLI prints the token it made. */
  isControlTokenGenerated: boolean;
};

export class SimSettingsError extends Error {}

function integer(env: Record<string, string | undefined>, name: string, min: number, max: number) {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SimSettingsError(
      `${name} must be a whole number from ${min} to ${max}, not '${raw}'.`,
    );
  }
  return value;
}

export function parseSimEnv(env: Record<string, string | undefined>): SimServerSettings {
  const origins = env.SIM_ALLOWED_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins ?? []) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new SimSettingsError(
        `SIM_ALLOWED_ORIGINS holds '${origin}': use origins such as http://localhost:5173, comma-separated, or *.`,
      );
    }
  }
  const controlToken = env.SIM_CONTROL_TOKEN?.trim();
  if (
    controlToken !== undefined &&
    controlToken !== '' &&
    !/^[\x21-\x7e]{12,}$/.test(controlToken)
  ) {
    throw new SimSettingsError(
      'SIM_CONTROL_TOKEN must be at least 12 printable characters without spaces, or unset for a random one.',
    );
  }
  return {
    port: integer(env, 'SIM_PORT', 0, 65_535) ?? 8787,
    size: integer(env, 'SIM_SIZE', 0, MAX_SIZE),
    seed: integer(env, 'SIM_SEED', 0, 2 ** 31 - 1),
    dataFile: env.SIM_DATA_FILE?.trim() || undefined,
    allowedOrigins: origins?.length ? origins : DEFAULT_ALLOWED_ORIGINS,
    controlToken: controlToken || randomBytes(16).toString('hex'),
    isControlTokenGenerated: !controlToken,
  };
}

function openDataFile(file: string) {
  try {
    return createFileStorage(file, { persistKeys: [STATE_KEY] });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SimSettingsError(`SIM_DATA_FILE ${file} cannot be read (${reason}).`);
  }
}

export type RunningSim = { simulator: Simulator; url: string; close(): Promise<void> };

/** Start the simulator on 127.0.0.1 (never on other interfaces: it has no real security). */
export async function startSimServer(settings: SimServerSettings): Promise<RunningSim> {
  // Faults stay in memory: a restart should not come back failing on purpose.
  const storage = settings.dataFile ? openDataFile(settings.dataFile) : createMemoryStorage();
  const stored = readStoredSettings(storage);
  const simulator = createSimulator({
    storage,
    defaultSize: settings.size ?? stored?.size ?? DEFAULT_SIZE,
    defaultSeed: settings.seed ?? stored?.seed ?? DEFAULT_SEED,
  });
  const isChanged =
    (settings.size !== undefined && settings.size !== stored?.size) ||
    (settings.seed !== undefined && settings.seed !== stored?.seed);
  if (!stored || isChanged) simulator.reset();
  storage.removeItem(FAULTS_KEY);

  const server = createSimHttpServer({
    simulator,
    allowedOrigins: settings.allowedOrigins,
    controlToken: settings.controlToken,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    simulator,
    url: `http://127.0.0.1:${port}${API_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
