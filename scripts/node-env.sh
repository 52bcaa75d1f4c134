# Sourced by the other scripts: puts a Node >= 22 first on PATH.
# These machines ship Node 20; the npm registry's node-linux-<arch> package carries a Node 24
# binary with its headers, so we install that into .tools/ when the system node is too old.
NODE_BOOT_VERSION=24.21.0
_zx_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_zx_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_zx_major node)" -lt 22 ]; then
  _zx_dir="$_zx_root/.tools/node"
  case "$(uname -m)" in
    x86_64) _zx_arch=x64 ;;
    aarch64|arm64) _zx_arch=arm64 ;;
    *) echo "不支持的处理器架构：$(uname -m)" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  _zx_pkg="$_zx_dir/node_modules/node-linux-$_zx_arch"
  if [ ! -x "$_zx_pkg/bin/node" ]; then
    echo "系统 Node 版本过低（$(node --version 2>/dev/null || echo 无)），正在从 npm 安装 Node $NODE_BOOT_VERSION …" >&2
    mkdir -p "$_zx_dir"
    npm install --prefix "$_zx_dir" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-$_zx_arch@$NODE_BOOT_VERSION" >&2 || { echo "Node 安装失败" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_zx_pkg/bin:$PATH"
  export npm_config_nodedir="$_zx_pkg"
fi
export PATH="$_zx_root/node_modules/.bin:$PATH"
export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
