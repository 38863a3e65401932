/** The rule registry: built-in rule modules and compiled agency packs. */
import { compileDataRule, type DataRulePack } from './data-rule';
import type { Rule } from './types';

const BUILT_IN: Rule[] = [];

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
