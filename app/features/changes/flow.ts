import { CHANGE_TOPIC_SLUGS, type ChangeTopicSlug, sortTopics } from "./topics";

/**
 * The same topic pages serve three journeys: a new change report (/mijn/wijziging), a
 * correction of a report already sent (/mijn/wijziging/verbeteren/<case>), and the "wel
 * veranderd" answers inside the periodic check (/mijn/controle). Each keeps its own draft, so
 * starting one never overwrites another.
 */
export type ChangeFlow = { kind: "new" } | { kind: "correction"; caseId: string } | { kind: "check" };

export const CHECK_FORM_TYPE = "periodieke_check";

export function flowFormType(flow: ChangeFlow): string {
  return flow.kind === "new" ? "wijziging" : flow.kind === "correction" ? "wijziging-correctie" : CHECK_FORM_TYPE;
}

export function flowPaths(flow: ChangeFlow) {
  if (flow.kind === "check") {
    return {
      start: "/mijn/controle",
      topic: (slug: string) => `/mijn/controle/${slug}/wijziging`,
      review: "/mijn/controle/controleren",
    };
  }
  const base = flow.kind === "new" ? "/mijn/wijziging" : `/mijn/wijziging/verbeteren/${flow.caseId}`;
  return { start: base, topic: (slug: string) => `${base}/${slug}`, review: `${base}/controleren` };
}

/** Which topics the resident is telling about in this draft, in the list's order. */
export function chosenTopics(flow: ChangeFlow, answers: Record<string, unknown>): ChangeTopicSlug[] {
  if (flow.kind === "check") {
    const given = checkAnswers(answers);
    return CHANGE_TOPIC_SLUGS.filter((slug) => given[slug] === "wel");
  }
  const picked = (answers.onderwerpen as { onderwerpen?: unknown } | undefined)?.onderwerpen;
  const slugs = Array.isArray(picked) ? picked.map(String) : typeof picked === "string" ? [picked] : [];
  return sortTopics(slugs);
}

export function checkAnswers(answers: Record<string, unknown>): Record<string, "niets" | "wel"> {
  const stored = (answers.__controle as { antwoorden?: Record<string, "niets" | "wel"> } | undefined)?.antwoorden;
  return stored && typeof stored === "object" ? stored : {};
}

/** Where "save and continue" on a topic page leads. */
export function nextAfterTopic(flow: ChangeFlow, slug: ChangeTopicSlug, answers: Record<string, unknown>, returnToReview: boolean): string {
  const paths = flowPaths(flow);
  if (returnToReview) return paths.review;
  if (flow.kind === "check") {
    const next = CHANGE_TOPIC_SLUGS[CHANGE_TOPIC_SLUGS.indexOf(slug) + 1];
    return next ? `/mijn/controle/${next}` : paths.review;
  }
  const topics = chosenTopics(flow, answers);
  const next = topics[topics.indexOf(slug) + 1];
  return next ? paths.topic(next) : paths.review;
}

/** Where the back link of a topic page leads. */
export function backFromTopic(flow: ChangeFlow, slug: ChangeTopicSlug, answers: Record<string, unknown>, returnToReview: boolean): string {
  const paths = flowPaths(flow);
  if (returnToReview) return paths.review;
  if (flow.kind === "check") return `/mijn/controle/${slug}`;
  const topics = chosenTopics(flow, answers);
  const previous = topics[topics.indexOf(slug) - 1];
  return previous ? paths.topic(previous) : paths.start;
}
