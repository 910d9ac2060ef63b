#!/usr/bin/env bash
# The linters of .golangci.yml, with the one version of golangci-lint the
# configuration is written for (the linters' findings change between
# versions, so a newer one on someone's PATH is replaced, not trusted):
#
#	bash scripts/lint.sh              every package
#	bash scripts/lint.sh ./store/...  only these
#	bash scripts/lint.sh --fix ./...  any golangci-lint run arguments
#
# The first run builds golangci-lint from the Go module proxy (about four
# minutes on 2 cores) into $(go env GOPATH)/bin; after that a run over the
# whole project takes seconds. `golangci-lint fmt DIR...` applies gofumpt
# and goimports the way the configuration says.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.15.0
bin=$(go env GOBIN)
bin=${bin:-$(go env GOPATH)/bin}
export PATH="$bin:$PATH"

if [ "$(golangci-lint version --short 2>/dev/null || true)" != "$version" ]; then
	echo "== installing golangci-lint v$version"
	go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v$version"
fi

if [ $# -eq 0 ]; then
	set -- ./...
fi
golangci-lint run "$@"
