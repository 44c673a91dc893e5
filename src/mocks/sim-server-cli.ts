import { SimSettingsError, parseSimEnv, startSimServer } from './http/sim-server';

/** `node dist-sim/sim-server.js` (built by `npm run sim`): the simulator over HTTP until Ctrl+C. */
async function main() {
  const settings = parseSimEnv(process.env);
  const sim = await startSimServer(settings);
  console.log(
    `Referral Desk simulator: ${sim.url} (${sim.simulator.size()} referrals${settings.dataFile ? `, saved to ${settings.dataFile}` : ', in memory'})`,
  );
  console.log(`  CORS origins: ${settings.allowedOrigins.join(', ')}`);
  console.log(
    "  Tokens: 'Bearer admin' or 'Bearer admin-<name>' (Referrals Admin), 'Bearer user:<email>', 'Bearer none'",
  );
  // The control token guards test data, not real data: printing it is how a developer learns it.
  console.log(
    settings.isControlTokenGenerated
      ? `  Control routes (/__sim/*): send 'X-Sim-Control: ${settings.controlToken}' (new on every start; set SIM_CONTROL_TOKEN to choose one)`
      : "  Control routes (/__sim/*): send 'X-Sim-Control: <SIM_CONTROL_TOKEN>'",
  );
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Settings and a busy port are the user's to fix: the message is enough. Anything else: the stack.
  const isExpected =
    error instanceof SimSettingsError ||
    (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE');
  const text = error instanceof Error ? (isExpected ? error.message : error.stack) : String(error);
  console.error(`sim: ${text}`);
  process.exit(1);
});
