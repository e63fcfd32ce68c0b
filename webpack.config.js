/**
 * Builds the Excel add-in: the task pane (taskpane.html) and the ribbon commands (commands.html),
 * plus the manifest and icons, into dist/addin/ (dist/ itself holds the command-line build).
 *
 *   npx webpack --mode production      minified, hashed file names; the manifest written for
 *                                      ADDIN_BASE_URL (an intranet server, say) by
 *                                      scripts/production-manifest.js (office-addin-manifest)
 *   OFFICE_JS=local npx webpack --mode production   the same, with Office.js copied from the
 *                                      @microsoft/office-js package into dist/addin/office-js/
 *                                      (closed networks: scripts/office-js-source.js)
 *   npx webpack serve --mode development   https://localhost:3000 with office-addin-dev-certs
 *
 * Office.js is never bundled: by default the pages load it from Microsoft's CDN; its types come
 * from @types/office-js. TypeScript is compiled by ts-loader (transpileOnly: `npm run typecheck`
 * is the type check), as Microsoft's React task-pane template does. ADDIN_OUT_DIR moves the
 * output (npm run package builds into a staging folder).
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { officeJsSource } = require('./scripts/office-js-source');
const { productionManifest, checkedBaseUrl } = require('./scripts/production-manifest');
const { version } = require('./package.json');

const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OUTPUT_DIR = path.resolve(process.env.ADDIN_OUT_DIR || path.join(__dirname, 'dist', 'addin'));

/**
 * The base URL the production manifest points at. Must be https and end with a slash; city-hall
 * networks are often closed, so this is usually an internal web server.
 */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL;
  return raw ? checkedBaseUrl(raw) : DEV_BASE_URL;
}

/** Emits manifest.xml written for the base URL (and this version) from the source manifest. */
class ManifestPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const source = path.resolve(__dirname, 'manifest.xml');
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'ManifestPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          compilation.fileDependencies.add(source);
          const xml = await productionManifest(source, this.baseUrl, version);
          compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(xml));
        },
      );
    });
  }
}

/** The TypeScript rule: ts-loader without type checking, emitting ES modules so webpack can split and shake them. */
function typescriptRule(target, sourceMap) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      compilerOptions: { target, module: 'esnext', moduleResolution: 'bundler', sourceMap },
    },
  };
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
  const officeJs = officeJsSource();

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
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // TypeScript's node16 resolution wants `.js` on relative dynamic imports; the sources are .ts/.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      // Edge WebView2, Safari/WKWebView on the Mac, and current browsers for Excel on the web.
      rules: [typescriptRule('es2019', !production)],
    },
    plugins: [
      new ForbidModulesPlugin(NODE_ONLY),
      new webpack.DefinePlugin({ 'process.env.PLAN_TRACKER_VERSION': JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        templateParameters: { officeJsUrl: officeJs.url },
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        templateParameters: { officeJsUrl: officeJs.url },
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'assets/help.html' },
          ...officeJs.copy,
        ],
      }),
      new ManifestPlugin(baseUrl),
    ],
    optimization: {
      // The two pages share the engine (commands validates too); the pane's React and Fluent UI
      // stay in the pane's own chunks, so the ribbon commands load without them.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: 'ui',
            // Only what the first render needs: Fluent UI parts used by a lazy panel load with it.
            chunks: 'initial',
            priority: 20,
          },
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

module.exports.NODE_ONLY = NODE_ONLY;
