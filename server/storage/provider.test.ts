import { expect, it } from "vitest";
import { derivePostgresSchema } from "../../scripts/postgresSchema";
import { postgresDatabaseName, providerOf } from "./provider";

it("picks the provider from the url", () => {
  expect(providerOf("postgresql://u:p@db:5432/bivalent")).toBe("postgresql");
  expect(providerOf("postgres://db/bivalent")).toBe("postgresql");
  expect(providerOf("POSTGRESQL://db/bivalent")).toBe("postgresql");
  expect(providerOf("file:./data/bivalent.db")).toBe("sqlite");
  expect(providerOf("file:/tmp/postgresql://x.db")).toBe("sqlite");
});

it("names a PostgreSQL url's database, decoded", () => {
  expect(postgresDatabaseName("postgresql://u:p@db:5432/bivalent?sslmode=require")).toBe("bivalent");
  expect(postgresDatabaseName("postgresql://db/my%20db")).toBe("my db");
  expect(postgresDatabaseName("postgresql://db")).toBe("postgres");
});

it("derives the PostgreSQL schema, and refuses a source whose datasource it does not recognise", () => {
  const source = 'generator client {\n  output = "../server/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n  url = "file:./dummy.db"\n}\nmodel A {\n  id String @id\n}\n';
  const derived = derivePostgresSchema(source);
  expect(derived).toContain('provider = "postgresql"');
  expect(derived).toContain('output = "../../server/generated/prisma-pg"');
  expect(derived).toContain("model A {\n  id String @id\n}");
  expect(() => derivePostgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/expected a line/);
});
