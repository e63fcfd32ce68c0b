/**
 * Builds the Excel add-in: the task pane (taskpane.html) and the ribbon commands (commands.html),
 * plus the manifest and icons, into dist/addin/ (dist/ itself holds the command-line build).
 *
 *   npx webpack --mode production      minified, hashed file names; URLs in the copied manifest
 *                                      rewritten to ADDIN_BASE_URL (an intranet server, say)
 *   npx webpack serve --mode development   https://localhost:3000 with office-addin-dev-certs
 *
 * Office.js is not bundled: the pages load it from Microsoft's CDN (Office requires that), and its
 * types come from @types/office-js.
 */
'use strict';
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'addin');

/**
 * The base URL the production manifest points at. Must be https and end with a slash; city-hall
 * networks are often closed, so this is usually an internal web server.
 */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) return DEV_BASE_URL;
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over https only): ${raw}`);
  }
  return url;
}

/** Replaces the dev server's base URL everywhere in the manifest (the AppDomain lacks the slash). */
function rewriteManifest(content, baseUrl) {
  const text = content.toString('utf8');
  const origin = new URL(baseUrl).origin;
  return text.replaceAll(DEV_BASE_URL, baseUrl).replaceAll('<AppDomain>https://localhost:3000</AppDomain>', `<AppDomain>${origin}</AppDomain>`);
}

/** Packages that must never reach the browser bundles (file libraries used by the CLI only). */
const NODE_ONLY = ['exceljs', 'wasm-xlsxwriter'];

/** Fails the build, naming the importing file, when a bundled module imports a NODE_ONLY package. */
class ForbidModulesPlugin {
  constructor(names) {
    this.names = names;
  }
  apply(compiler) {
    compiler.hooks.normalModuleFactory.tap('ForbidModulesPlugin', (factory) => {
      factory.hooks.beforeResolve.tap('ForbidModulesPlugin', (data) => {
        const request = data.request;
        if (this.names.some((name) => request === name || request.startsWith(`${name}/`))) {
          const from = data.contextInfo && data.contextInfo.issuer ? path.relative(__dirname, data.contextInfo.issuer) : '?';
          throw new Error(`${request} must not be bundled into the add-in (imported from ${from}); it is for the command line only`);
        }
      });
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;

  const config = {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: OUTPUT_DIR,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          // Edge WebView2, Safari/WKWebView on the Mac, and current browsers for Excel on the web.
          options: { target: 'es2019', jsx: 'automatic', tsconfig: path.resolve(__dirname, 'tsconfig.json') },
        },
      ],
    },
    plugins: [
      new ForbidModulesPlugin(NODE_ONLY),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'assets/help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, baseUrl) },
        ],
      }),
    ],
    optimization: {
      // The two pages share the engine (commands validates too); the pane's React and Fluent UI
      // stay in the pane's own chunks, so the ribbon commands load without them.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: 'ui', chunks: 'all', priority: 20 },
        },
      },
    },
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 600_000, maxAssetSize: 600_000 },
  };

  if (env.WEBPACK_SERVE) {
    // Only the dev server needs the certificates (created and trusted on first use).
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
      hot: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.NODE_ONLY = NODE_ONLY;
