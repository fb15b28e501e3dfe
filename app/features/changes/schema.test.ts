import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { createTopicSchema, TopicsSchema } from "./schema";
import { findTopic } from "./topics";

const TODAY = "2027-03-15";
const form = (fields: Record<string, string | string[]>) => {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) formData.append(key, v);
  return formData;
};
type Parsed = { status: "success" | "error" | undefined; error?: Record<string, string[] | null>; value: Record<string, unknown> };
const parse = (slug: string, fields: Record<string, string | string[]>, options: { maxUploadBytes?: number } = {}) =>
  parseWithZod(form(fields), { schema: createTopicSchema(findTopic(slug)!, { today: TODAY, ...options }) }) as unknown as Parsed;
const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split("-");
  return { [`${name}.dag`]: String(Number(d)), [`${name}.maand`]: String(Number(m)), [`${name}.jaar`]: y! };
};

describe("a topic's answers", () => {
  it("reads a payslip with a Dutch amount into cents and an ISO date", () => {
    const result = parse("werk", { soort: "loonstrook", ...date("datum", "2027-02-28"), bedrag: "1.234,56", uren: "24", werkgever: " Bakkerij Jansen " });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value).toEqual({ soort: "loonstrook", datum: "2027-02-28", bedrag: 123456, uren: 24, werkgever: "Bakkerij Jansen" });
  });

  it("says so plainly when an amount cannot be read", () => {
    expect(parse("geld", { soort: "erfenis", ...date("datum", "2027-01-10"), bedrag: "1,234" }).error?.bedrag).toEqual(["changes:errors.bedrag.invalid"]);
    expect(parse("geld", { soort: "erfenis", ...date("datum", "2027-01-10") }).error?.bedrag).toEqual(["changes:errors.bedrag.required"]);
  });

  it("refuses dates outside sensible bounds, with a message per problem", () => {
    expect(parse("werk", { soort: "nieuw_werk", ...date("datum", "2021-03-14") }).error?.datum).toEqual(["changes:errors.date.tooLongAgo"]);
    expect(parse("werk", { soort: "nieuw_werk", ...date("datum", "2022-03-16") }).status).toBe("success");
    expect(parse("werk", { soort: "nieuw_werk", ...date("datum", "2028-03-20") }).error?.datum).toEqual(["changes:errors.date.tooFarAhead"]);
    expect(parse("werk", { soort: "nieuw_werk", "datum.dag": "31", "datum.maand": "2", "datum.jaar": "2027" }).error?.datum).toEqual(["errors.date.invalid"]);
    expect(parse("werk", { soort: "nieuw_werk" }).error?.datum).toEqual(["errors.date.required"]);
  });

  it("refuses a return from abroad before leaving, or years after", () => {
    const leave = date("datum", "2027-04-01");
    expect(parse("buitenland", { ...leave, ...date("terug", "2027-03-20"), land: "Marokko" }).error?.terug).toEqual(["changes:errors.date.beforeStart"]);
    expect(parse("buitenland", { ...leave, ...date("terug", "2031-04-01"), land: "Marokko" }).error?.terug).toEqual(["changes:errors.date.tooFarAfterStart"]);
    expect(parse("buitenland", { ...leave, ...date("terug", "2027-05-01"), land: "Marokko" }).status).toBe("success");
  });

  it("normalises a postcode and refuses one that is not Dutch", () => {
    const moving = { ...date("datum", "2027-04-01"), adres: "Kerkstraat 1", plaats: "Mijdrecht" };
    const ok = parse("verhuizen", { ...moving, postcode: "3641ab" });
    expect(ok.status === "success" && ok.value.postcode).toBe("3641 AB");
    expect(parse("verhuizen", { ...moving, postcode: "36411" }).error?.postcode).toEqual(["changes:errors.postcode.invalid"]);
  });

  it("refuses a file over the limit in the browser already, keeping the other answers valid", () => {
    const fields = form({ soort: "loonstrook", ...date("datum", "2027-02-28") });
    fields.set("bestand", new File([new Uint8Array(2048)], "loonstrook.pdf"));
    const result = parseWithZod(fields, { schema: createTopicSchema(findTopic("werk")!, { today: TODAY, maxUploadBytes: 1024 }) }) as unknown as Parsed;
    expect(result.error).toEqual({ bestand: ["errors.upload.tooBig"] });
  });

  it("needs at least one topic, and only known ones", () => {
    expect((parseWithZod(form({}), { schema: TopicsSchema }) as unknown as Parsed).error?.onderwerpen).toEqual(["changes:errors.topics.required"]);
    expect(parseWithZod(form({ onderwerpen: ["werk", "verhuizen"] }), { schema: TopicsSchema }).status).toBe("success");
    expect(parseWithZod(form({ onderwerpen: ["werk", "loterij"] }), { schema: TopicsSchema }).status).toBe("error");
  });
});

describe("a topic page sent half empty", () => {
  it("shows every problem at once, not one after the other", () => {
    const result = parse("verhuizen", { postcode: "12" });
    expect(result.error).toMatchObject({
      datum: ["errors.date.required"],
      adres: ["changes:errors.adres.required"],
      plaats: ["changes:errors.plaats.required"],
      postcode: ["changes:errors.postcode.invalid"],
    });
    expect(parse("werk", { werkgever: "x" }).error).toMatchObject({ soort: ["changes:errors.soort.required"], datum: ["errors.date.required"] });
  });
});
