// The Docs tables and controls of each element, built from custom-elements.json.
//
// Storybook's own extractor keys every row by its bare name, so an attribute, a slot and a CSS
// part that share a name (`caption` on <lec-qr>) overwrite one another, the default slot (no
// name) is dropped, and parts and custom properties get "Set object" controls. Here each kind of
// API has its own key space and section, and each row gets the control that fits its type.
import type {ArgTypes, InputType} from 'storybook/internal/types';

/** The parts of a manifest entry we read (schema: https://github.com/webcomponents/custom-elements-manifest). */
interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: {text: string};
}
interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Attribute extends Described {
  fieldName?: string;
}
export interface ElementDoc extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: {declarations?: ElementDoc[]}[];
}

/** The Docs table's sections, in the order a designer reads them. */
export const SECTIONS = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  slots: 'slots',
  events: 'events',
  parts: 'css shadow parts',
  cssProperties: 'css custom properties',
} as const;

/**
 * Where each kind of API lives among a story's args (a slot and a part may share a name). Keys
 * keep to letters, digits and dashes, which Storybook can carry in a story's URL.
 */
export const argKey = {
  slot: (name: string) => `slot-${name || 'default'}`,
  event: (name: string) => `event-${name}`,
  part: (name: string) => `part-${name}`,
  method: (name: string) => `method-${name}`,
};

/** The slot a text control can fill (the others take elements, which a text box cannot). */
export const TEXT_SLOTS: Record<string, string[]> = {
  'lec-qr': ['caption'],
  'lec-breadcrumb': ['prefix', 'separator'],
  'lec-about': ['heading'],
};

const isColour = (name: string) => /color|background/.test(name);

/**
 * What a number attribute takes, as its control's range (a typed value is clamped to it; the
 * "Set number" button still starts at 0): the code's quiet zone in modules (4 is the standard),
 * its size in pixels, the heading's level.
 */
const NUMBER_RANGES: Record<string, {min: number; max: number; step: number}> = {
  margin: {min: 0, max: 16, step: 1},
  size: {min: 1, max: 4096, step: 1},
  'heading-level': {min: 1, max: 6, step: 1},
};

/** `'L' | 'M' | 'Q' | 'H'` -> ['L', 'M', 'Q', 'H']; undefined when the type is not a string union. */
function unionOptions(type = ''): string[] | undefined {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p)))
    return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function controlFor(type = ''): InputType['control'] {
  const options = unionOptions(type);
  if (options) return {type: 'select'};
  const plain = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (plain === 'boolean') return {type: 'boolean'};
  if (plain === 'number') return {type: 'number'};
  if (plain === 'string') return {type: 'text'};
  if (plain.endsWith('[]') || plain.startsWith('{')) return {type: 'object'};
  return {type: 'text'};
}

const withRange = (control: InputType['control'], range?: object): InputType['control'] =>
  range && typeof control === 'object' ? ({...control, ...range} as InputType['control']) : control;

function row(
  item: Described,
  category: string,
  extra: Partial<InputType> = {}
): InputType {
  const type = item.type?.text;
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    table: {
      category,
      ...(type ? {type: {summary: type}} : {}),
      ...(item.default !== undefined
        ? {defaultValue: {summary: item.default}}
        : {}),
    },
    ...extra,
  };
}

/** A manifest entry by tag name. */
export function elementDoc(
  manifest: Manifest,
  tagName: string
): ElementDoc | undefined {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tagName);
}

/** The arg types of one element: every public API entry once, in its own section. */
export function argTypesFromManifest(
  manifest: Manifest,
  tagName: string
): ArgTypes {
  const doc = elementDoc(manifest, tagName);
  if (!doc) return {};
  const argTypes: ArgTypes = {};
  const members = doc.members ?? [];

  for (const attribute of doc.attributes ?? []) {
    // Keyed by the property name, as the stories' args are; listed by the attribute a webmaster writes.
    const field = members.find((m) => m.name === attribute.fieldName);
    const merged = {
      ...field,
      ...attribute,
      description: attribute.description || field?.description,
    };
    const options = unionOptions(merged.type?.text);
    argTypes[attribute.fieldName ?? attribute.name] = row(
      merged as Described,
      SECTIONS.attributes,
      {
        control: withRange(controlFor(merged.type?.text), NUMBER_RANGES[attribute.name]),
        ...(options ? {options: [undefined, ...options]} : {}),
      }
    );
  }
  for (const member of members) {
    if (member.kind === 'method') {
      argTypes[argKey.method(member.name)] = row(member, SECTIONS.methods, {
        control: false,
      });
    } else if (
      !(doc.attributes ?? []).some((a) => a.fieldName === member.name)
    ) {
      argTypes[member.name] = row(member, SECTIONS.properties, {
        control: member.readonly ? false : controlFor(member.type?.text),
      });
    }
  }
  for (const slot of doc.slots ?? []) {
    const text = (TEXT_SLOTS[tagName] ?? []).includes(slot.name);
    argTypes[argKey.slot(slot.name)] = row(
      {...slot, name: slot.name || '(default)'},
      SECTIONS.slots,
      {
        control: text ? {type: 'text'} : false,
      }
    );
  }
  for (const event of doc.events ?? []) {
    argTypes[argKey.event(event.name)] = row(event, SECTIONS.events, {
      control: false,
    });
  }
  for (const part of doc.cssParts ?? []) {
    argTypes[argKey.part(part.name)] = row(part, SECTIONS.parts, {
      control: false,
    });
  }
  for (const property of doc.cssProperties ?? []) {
    argTypes[property.name] = row(property, SECTIONS.cssProperties, {
      control: isColour(property.name) ? {type: 'color'} : {type: 'text'},
    });
  }
  return argTypes;
}

/**
 * The CSS custom properties among a story's args that a designer has set. A separator is CSS
 * `content`, which takes a string: typed as `/`, it would be invalid there and show no separator
 * at all, so it is quoted (as the token playground does).
 */
export function cssPropertyArgs(
  args: Record<string, unknown>
): [string, string][] {
  return Object.entries(args)
    .filter(
      ([key, value]) =>
        key.startsWith('--') && typeof value === 'string' && value.trim() !== ''
    )
    .map(([key, value]) => {
      const text = String(value).trim();
      return [key, key.endsWith('-separator') && !/^(['"]).*\1$/s.test(text) ? JSON.stringify(text) : text];
    });
}
