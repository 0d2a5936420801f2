// Interpolation of variables in the file's values: Compose's rules (compose-spec.io, "Interpolation").
import { Segment } from '../app-spec-file';
import { Context, Data, Dict } from './context';
import { isDict } from './values';

/**
 * `text` with `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` replaced (operands nest) and `$$` as `$`. A `$`
 * that starts none of them stays. A variable that is not set and has no default is an error,
 * where Compose warns and writes an empty string: an empty password or path is worse.
 */
export function interpolate(text: string, lookup: (name: string) => string | undefined, fail: (message: string) => void): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length; j++) {
        if (text[j] === '$' && text[j + 1] === '{') {
          depth++;
          j++;
        } else if (text[j] === '}' && --depth === 0) {
          break;
        }
      }
      if (depth > 0) {
        fail(`${JSON.stringify(text.slice(i))} opens \${ without its closing }; close it, or write $$ for a literal $`);
        return out + text.slice(i);
      }
      out += expand(text.slice(i + 2, j), lookup, fail);
      i = j + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
      if (name === undefined) {
        out += '$';
        i++;
      } else {
        out += expand(name, lookup, fail);
        i += 1 + name.length;
      }
    }
  }
  return out;
}

export function expand(body: string, lookup: (name: string) => string | undefined, fail: (message: string) => void): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
  if (name === undefined) {
    fail(`\${${body}} does not start with a variable name (letters, digits, _); write $$ for a literal $`);
    return '';
  }
  const rest = body.slice(name.length);
  const op = /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)![0];
  if (op === '' && rest !== '') {
    fail(`\${${body}} uses ${JSON.stringify(rest)}, which Compose does not support (only :-, -, :?, ?, :+ and +)`);
    return '';
  }
  const operand = () => interpolate(rest.slice(op.length), lookup, fail);
  const value = lookup(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (op) {
    case ':-': return nonEmpty ? value : operand();
    case '-': return set ? value : operand();
    case ':?':
    case '?': {
      if (op === ':?' ? nonEmpty : set) return value!;
      const message = operand();
      fail(`the variable ${name} is required${op === ':?' ? ' and must not be empty' : ''}${message ? `: ${message}` : ''}; set it in the environment or in .env`);
      return '';
    }
    case ':+': return nonEmpty ? operand() : '';
    case '+': return set ? operand() : '';
    default:
      if (set) return value;
      fail(`the variable ${name} is not set (Compose would write an empty string); set it in the environment or in .env, or write \${${name}:-} for an empty value`);
      return '';
  }
}

/** Interpolates every string value of the file (not the keys, as Compose), reporting at its path. */
export function interpolateTree(ctx: Context, data: Data, at: Segment[]): Data {
  if (typeof data === 'string') {
    if (!data.includes('$')) return data;
    const lookup = (name: string) => (Object.prototype.hasOwnProperty.call(ctx.vars, name) ? ctx.vars[name] : undefined);
    const value = interpolate(data, lookup, (message) => ctx.report(at, message));
    ctx.raw.set(JSON.stringify(at), data);
    return value;
  }
  if (Array.isArray(data)) return data.map((item, i) => interpolateTree(ctx, item, [...at, i]));
  if (isDict(data)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(data)) out[k] = interpolateTree(ctx, v, [...at, k]);
    return out;
  }
  return data;
}
