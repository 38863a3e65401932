/** The rule registry: built-in rule modules and compiled agency packs. */
import { compileDataRule, type DataRulePack } from './data-rule';
import type { Rule } from './types';
import { rules as abuse } from './abuse';
import { rules as childProtection } from './child-protection';
import { rules as gambling } from './gambling';
import { rules as hoaxMarker } from './hoax-marker';
import { rules as neutrality } from './neutrality';
import { rules as personalData } from './personal-data';
import { rules as platformLimit } from './platform-limit';
import { rules as spelling } from './spelling';
import { rules as style } from './style';

const BUILT_IN: readonly Rule[] = [
  ...personalData,
  ...childProtection,
  ...neutrality,
  ...abuse,
  ...gambling,
  ...hoaxMarker,
  ...spelling,
  ...style,
  ...platformLimit,
];

export function builtInRules(): readonly Rule[] {
  return BUILT_IN;
}

const compiled = new WeakMap<DataRulePack, Rule[]>();

/** Compiles an agency pack once per pack object (it is reused on every keystroke). */
export function compilePack(pack: DataRulePack): Rule[] {
  let rules = compiled.get(pack);
  if (!rules) {
    rules = pack.rules.map(compileDataRule);
    compiled.set(pack, rules);
  }
  return rules;
}

export { parseRulePack, RulePackError, type DataRule, type DataRulePack } from './data-rule';
