/**
 * The name of our Trusted Types policy. On a page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`), a script's text can only be set through a policy the
 * page's `trusted-types` directive names; listing this one lets `<lec-breadcrumb
 * structured-data>` write its JSON-LD. The policy never leaves this module and only ever
 * receives JSON that we serialised ourselves, with `<` escaped.
 */
export const SCRIPT_POLICY = 'lec-elements';

// Trusted Types are not in TypeScript's DOM library yet: the little we use.
interface ScriptPolicy {
  createScript(json: string): string;
}
interface TrustedTypesFactory {
  createPolicy<P>(name: string, rules: P): P;
}

/**
 * Whether the page refused Lit's own policy, "lit-html": its CSP does not name it, or another
 * copy of Lit took it and `'allow-duplicates'` is missing. Only the one-tag bundles can tell:
 * their build routes Lit's `createPolicy("lit-html", ...)` through litPolicy (scripts/shrink.js).
 */
export let litPolicyRefused = false;

/** Lit's policy, or undefined (and litPolicyRefused) where the page refuses it. */
export function litPolicy<P>(factory: TrustedTypesFactory, name: string, rules: P): P | undefined {
  try {
    return factory.createPolicy(name, rules);
  } catch {
    litPolicyRefused = true;
  }
}

/** Not tried yet, no Trusted Types in this browser (null), refused by the page (false), or ours. */
let policy: ScriptPolicy | null | false | undefined;

/**
 * JSON as script text the page accepts: a TrustedScript from our policy where the browser has
 * Trusted Types (typed as the string it stands for), else the string itself. Undefined when
 * the page's CSP refuses the policy: then any script text set from code would be blocked.
 */
export function jsonScriptText(json: string): string | undefined {
  if (policy === undefined) {
    const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(SCRIPT_POLICY, {createScript: (text) => text}) : null;
    } catch {
      policy = false;
    }
  }
  if (policy === false) return undefined;
  return policy ? policy.createScript(json) : json;
}
