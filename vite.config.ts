import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The production server bundle starts from app/server.ts (Express + the React Router
// handler), so `node build/server/index.js` is the whole portal: config check,
// embedded database, migrations, demo data, then listen.
export default defineConfig(({ isSsrBuild }) => ({
  build: isSsrBuild ? { rollupOptions: { input: "./app/server.ts" } } : {},
  resolve: { tsconfigPaths: true },
  plugins: [reactRouter()],
}));
