#!/usr/bin/env node
// Generates schema/app-spec.schema.json, the JSON Schema of an app file, from the TypeScript
// interface AppSpec so the two cannot drift (test/app-spec-file.test.ts compares them). The output
// ships with the package: editors use it for completion and AppSpecFile.load validates with it.
"use strict";
const fs = require("fs");
const path = require("path");
const { createGenerator } = require("ts-json-schema-generator");

const root = path.resolve(__dirname, "..");
const outFile = path.join(root, "schema", "app-spec.schema.json");

/** The schema as pretty-printed JSON text with a trailing newline. */
function appSpecSchemaText() {
  const config = {
    path: path.join(root, "src", "model", "app-spec.ts"),
    tsconfig: path.join(root, "tsconfig.build.json"),
    type: "AppSpec",
    jsDoc: "extended", // doc comments become descriptions, @default tags become defaults
    topRef: false, // the root is AppSpec itself, not a $ref to it
    additionalProperties: false, // a misspelt key is an error, not silently ignored
    skipTypeCheck: true, // the build type-checks; this only reads the declarations
    expose: "export",
  };
  const schema = createGenerator(config).createSchema(config.type);
  fixDefaults(schema, schema.definitions);
  schema.$id = "urn:cdktf-workloads:app-spec";
  schema.title = "cdktf-workloads app spec";
  return JSON.stringify(sortKeys(schema), null, 2) + "\n";
}

/**
 * Our doc comments follow jsii's convention, where `@default - prose` explains a default that is
 * no value and `@default Enum.MEMBER` names an enum member. As JSON Schema defaults, editors would
 * offer those texts as values, so keep only defaults that are valid values and move the rest into
 * the description.
 */
function fixDefaults(node, definitions) {
  if (Array.isArray(node)) return node.forEach((n) => fixDefaults(n, definitions));
  if (!node || typeof node !== "object") return;
  if ("default" in node) {
    let value = node.default;
    delete node.default;
    const type = node.$ref ? definitions[node.$ref.split("/").pop()] : node;
    if (type.enum && typeof value === "string" && /^[A-Za-z]+\.[A-Z_]+$/.test(value)) {
      // Our enums' values are their member names in kebab case (ON_FAILURE = 'on-failure').
      const member = value.split(".")[1].toLowerCase().replace(/_/g, "-");
      if (type.enum.includes(member)) value = member;
    }
    const prose = typeof value === "string" && value.startsWith("-");
    const valid = type.enum
      ? type.enum.includes(value)
      : typeof value === type.type || (type.type === "integer" && Number.isInteger(value));
    if (valid && !prose) {
      node.default = value;
    } else {
      const text = String(value).replace(/^-\s*/, "").replace(/\.$/, "");
      node.description = `${node.description ? `${node.description} ` : ""}Default: ${text}.`;
    }
  }
  for (const value of Object.values(node)) fixDefaults(value, definitions);
}

/** Object keys sorted at every level, so the file does not change with declaration order. */
function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(Object.keys(node).sort().map((k) => [k, sortKeys(node[k])]));
}

module.exports = { appSpecSchemaText, outFile };

if (require.main === module) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, appSpecSchemaText());
  console.log(`wrote ${path.relative(root, outFile)}`);
}
