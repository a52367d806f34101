// The VS Code custom data against the shape of VS Code's HTML custom data (version 1.1).
import data from '@sjtu-lec/elements/vscode.html-custom-data.json';

type Markup = string | {kind: 'markdown' | 'plaintext'; value: string};
interface Reference {
  name: string;
  url: string;
}
interface Value {
  name: string;
  description?: Markup;
  references?: Reference[];
}
interface Attribute {
  name: string;
  description?: Markup;
  valueSet?: string;
  values?: Value[];
  references?: Reference[];
}
interface HtmlData {
  version: number;
  tags?: {name: string; description?: Markup; attributes: Attribute[]; references?: Reference[]}[];
  globalAttributes?: Attribute[];
  valueSets?: {name: string; values: Value[]}[];
}

export const html: HtmlData = data;
