import path from "node:path";
import { fileURLToPath } from "node:url";

// For the check-round bench only: vite-node runs the app's own TypeScript (openCheckRound) with
// the "~/" alias and import.meta.glob, without the React Router plugin.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export default { root, resolve: { alias: { "~": path.join(root, "app") } }, logLevel: "error" };
