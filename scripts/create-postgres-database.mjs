#!/usr/bin/env node
// Makes an empty PostgreSQL database for one test run and prints its URL;
// with --drop URL, removes it again.
import pg from 'pg'

const args = process.argv.slice(2)
const drop = args[0] === '--drop'
const target = new URL(drop ? args[1] : args[0])
const admin = new URL(target)
admin.pathname = '/postgres'
const client = new pg.Client({ connectionString: admin.toString() })
await client.connect()
if (drop) {
  await client.query(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`)
} else {
  const name = `lm_e2e_${Date.now()}`
  await client.query(`CREATE DATABASE "${name}"`)
  target.pathname = `/${name}`
  console.log(target.toString())
}
await client.end()
