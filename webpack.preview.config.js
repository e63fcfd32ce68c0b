/**
 * Builds the preview page (the task pane on an .xlsx opened in the browser) into dist-web/preview/.
 *
 *   npx webpack --config webpack.preview.config.js --mode production    minified, hashed names
 *   npx webpack serve --config webpack.preview.config.js --mode development   http://localhost:3001
 *
 * Unlike the add-in (webpack.config.js), this page bundles ExcelJS (reading the opened file) and
 * wasm-xlsxwriter (writing the download), both loaded on demand in their own chunks. The
 * .xlsx writer is the CLI's own (src/workbook/xlsx-writer.ts); only its Node loader of the
 * WebAssembly is swapped for the browser one.
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OUTPUT_DIR = path.resolve(__dirname, 'dist-web', 'preview');
const DEV_PORT = 3001;

/** The file writer's Node loader of wasm-xlsxwriter, and the page's replacement for it. */
const NODE_XLSX_LOADER = path.resolve(__dirname, 'src/workbook/wasm-xlsxwriter-module.ts');
const WEB_XLSX_LOADER = path.resolve(__dirname, 'src/workbook/browser/xlsxwriter-web.ts');

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
