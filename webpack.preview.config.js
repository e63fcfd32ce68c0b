/**
 * Builds the preview page (the task pane on an .xlsx opened in the browser) into dist-web/preview/.
 *
 *   npx webpack --config webpack.preview.config.js --mode production    minified, hashed names
 *   npx webpack serve --config webpack.preview.config.js --mode development   http://localhost:3001
 *
 * The page reads files with the project's own reader (src/workbook/xlsx-reader) and bundles
 * wasm-xlsxwriter only to write the download, loaded on demand in its own chunk. The .xlsx writer
 * is the CLI's own (src/workbook/xlsx-writer.ts); only its Node loader of the WebAssembly is
 * swapped for the browser one. The sample tracker is written here, at build time, by the same
 * generator and writer in Node (SampleWorkbookPlugin), and shipped as a file the page fetches.
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OUTPUT_DIR = path.resolve(__dirname, 'dist-web', 'preview');
/** Where the sample's Node build runs from: inside the project, so it resolves wasm-xlsxwriter. */
const SAMPLE_BUILD_DIR = path.resolve(__dirname, 'node_modules', '.cache', 'plan-tracker-preview-sample');
const DEV_PORT = 3001;

/** The file writer's Node loader of wasm-xlsxwriter, and the page's replacement for it. */
const NODE_XLSX_LOADER = path.resolve(__dirname, 'src/workbook/wasm-xlsxwriter-module.ts');
const WEB_XLSX_LOADER = path.resolve(__dirname, 'src/workbook/browser/xlsxwriter-web.ts');

/**
 * Emits sample-tracker.xlsx (src/preview/sample-asset.ts names it): src/preview/sample-workbook.ts
 * bundled by esbuild for Node (packages left to Node's resolution) and run once per build.
 */
class SampleWorkbookPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SampleWorkbookPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'SampleWorkbookPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const bytes = await sampleWorkbookBytes();
          compilation.emitAsset('sample-tracker.xlsx', new webpack.sources.RawSource(Buffer.from(bytes)));
        },
      );
    });
  }
}

async function sampleWorkbookBytes() {
  const esbuild = require('esbuild');
  const fs = require('node:fs');
  fs.mkdirSync(SAMPLE_BUILD_DIR, { recursive: true });
  const outfile = path.join(SAMPLE_BUILD_DIR, `sample-workbook-${process.pid}.cjs`);
  await esbuild.build({
    entryPoints: [path.resolve(__dirname, 'src/preview/sample-workbook.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  try {
    delete require.cache[outfile];
    return await require(outfile).sampleWorkbookBytes();
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    // No eval in development either: the page's Content-Security-Policy forbids it.
    devtool: production ? false : 'source-map',
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: OUTPUT_DIR,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: production ? '[name].[contenthash:8][ext]' : '[name][ext]',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // TypeScript's node16 resolution wants `.js` on relative dynamic imports; the sources are .ts/.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        // ts-loader, transpile only (the type check is `npm run typecheck`), as the add-in's config.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            compilerOptions: { target: 'es2020', module: 'esnext', moduleResolution: 'bundler', sourceMap: !production },
          },
        },
        // wasm-xlsxwriter's web build fetches its .wasm by `new URL(…, import.meta.url)`: emit it as a file.
        { test: /\.wasm$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/wasm-xlsxwriter-module$/, (resource) => {
        const resolved = path.resolve(resource.context, resource.request);
        if (resolved === NODE_XLSX_LOADER.replace(/\.ts$/, '')) resource.request = WEB_XLSX_LOADER;
      }),
      new webpack.DefinePlugin({ 'process.env.PLAN_TRACKER_VERSION': JSON.stringify(require('./package.json').version) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', scriptLoading: 'defer' }),
      new SampleWorkbookPlugin(),
    ],
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: 'ui',
            chunks: 'initial',
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      hot: false,
      client: { overlay: { warnings: false } },
      static: false,
    },
  };
};
