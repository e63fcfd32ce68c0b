#!/usr/bin/env node
'use strict';
// The command runs the compiled engine (npm ci builds it through the "prepare" script).
require('../dist/cli/index.js');
