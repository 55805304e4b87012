export const USAGE = `Usage: live-minutes <command> [options] FILE...

Commands:
  normalize FILE        print FILE in the repository's minutes format
  normalize --write FILE...
                        rewrite the files in place (each atomically)
  normalize --check FILE...
                        write nothing; list the files that would change
  lint FILE...          print what remains after normalising, one finding a line:
                        path:line RULE description [detail]; findings that may
                        stand are marked (warning)

Options:
  --config PATH         markdownlint configuration for lint: a .markdownlint.json,
                        .markdownlint.yaml/.yml or .markdownlint-cli2.jsonc file,
                        or a folder holding one (default: MD013 and MD024 off)
  -h, --help            show this help

Exit status: 0 fine, 1 findings or changes, 2 usage or input error.
`
