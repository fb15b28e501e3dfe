import type { PremiumRuleSet } from "../rule-set";
import { denHelderPremiumRules } from "./den-helder";
import { gooiseMerenPremiumRules } from "./gooise-meren";
import { hofVanTwentePremiumRules } from "./hof-van-twente";
import { lansingerlandPremiumRules } from "./lansingerland";
import { nijkerkPremiumRules } from "./nijkerk";
import { pijnackerNootdorpPremiumRules } from "./pijnacker-nootdorp";

/**
 * Version 1 of each municipality's rules, keyed by municipality slug: the starting point a
 * beheerder edits. Each file validates its rule set when it loads, so a bad seed fails at start-up.
 */
export const seededPremiumRuleSets = {
  "den-helder": denHelderPremiumRules,
  "gooise-meren": gooiseMerenPremiumRules,
  "hof-van-twente": hofVanTwentePremiumRules,
  lansingerland: lansingerlandPremiumRules,
  nijkerk: nijkerkPremiumRules,
  "pijnacker-nootdorp": pijnackerNootdorpPremiumRules,
} as const satisfies Record<string, PremiumRuleSet>;

export type SeededPremiumMunicipality = keyof typeof seededPremiumRuleSets;
