import { Document, Scalar, visit } from 'yaml';

/**
 * The one YAML writer of everything a guest reads as YAML: user-data (cloud-config), meta-data and
 * network-config. cloud-init reads them with PyYAML, a YAML 1.1 reader, which resolves plain
 * scalars such as `yes`, `on`, `0123` (octal 83), `0x1f`, `12:30` (sexagesimal 750), `2001-12-14`
 * (a date), `~` or `<<` to booleans, numbers, dates, null or a merge key. A host name read as a
 * number crashed cloud-init 22.4's init-local (`'int' object has no attribute 'replace'`). The
 * `yaml` package's YAML 1.1 mode quotes most of these; every string that one of YAML 1.1's implicit
 * types (yaml.org/type: bool, null, int, float, timestamp, merge, value) would match is double-quoted
 * here as well, so no spec value depends on that package's list alone.
 */

const YAML11_IMPLICIT = [
  // bool
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  // null (the empty string too)
  /^(?:~|null|Null|NULL|)$/,
  // int: binary, octal, decimal, hexadecimal, sexagesimal ("_" is allowed between digits)
  /^[-+]?(?:0b[0-1_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  // float, with or without digits around the point and with an optional exponent (wider than the
  // type's own pattern: quoting a string that is no float costs nothing), sexagesimal, inf and nan
  /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  // timestamp: a date, alone or followed by a time
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt ]|\t)/,
  // merge key and value key
  /^(?:<<|=)$/,
];

/** True when a YAML 1.1 reader would read `text`, written as a plain scalar, as something other than this string. */
export function yaml11Resolves(text: string): boolean {
  return YAML11_IMPLICIT.some((re) => re.test(text));
}

/**
 * `value` as a YAML document for cloud-init: block style, no line folding, multi-line strings as
 * literal blocks, and every string YAML 1.1 would resolve to another type double-quoted.
 */
export function yamlText(value: unknown): string {
  const doc = new Document(value, { version: '1.1' });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !yaml11Resolves(node.value)) return;
      node.type = Scalar.QUOTE_DOUBLE;
      // The package writes "<<" as a merge key whatever its style, unless the node says it is a string.
      if (node.value === '<<') node.tag = 'tag:yaml.org,2002:str';
    },
  });
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}
