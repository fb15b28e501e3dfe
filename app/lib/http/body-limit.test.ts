import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimit } from "./body-limit";

describe("bodyLimit", () => {
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(bodyLimit(1024, 4096));
    app.post("/", (req, res) => {
      let size = 0;
      req.on("data", (chunk: Buffer) => (size += chunk.length));
      req.on("end", () => res.json({ size }));
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("lets a body within the limit through", async () => {
    const response = await fetch(base, { method: "POST", body: "x".repeat(1000) });
    expect(await response.json()).toEqual({ size: 1000 });
  });

  it("refuses a declared oversized body with 413", async () => {
    const response = await fetch(base, { method: "POST", body: "x".repeat(5000) });
    expect(response.status).toBe(413);
  });

  it("allows a larger body for a form with a file, up to its own limit", async () => {
    const headers = { "Content-Type": "multipart/form-data; boundary=x" };
    expect((await fetch(base, { method: "POST", body: "x".repeat(3000), headers })).status).toBe(200);
    expect((await fetch(base, { method: "POST", body: "x".repeat(5000), headers })).status).toBe(413);
  });

  it("refuses an oversized body sent without a length (chunked) with 413", async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("y".repeat(600)));
        controller.close();
      },
    });
    const response = await fetch(base, { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });
});
