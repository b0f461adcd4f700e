import fs from 'node:fs';
import path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { layersRule } from '../../../eslint-rules/layers.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const at = (file: string) => path.join(root, file);

// RuleTester runs its cases through the host test framework's hooks.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });

tester.run('layers', layersRule, {
  valid: [
    { filename: at('electron/core/api/x.ts'), code: "import fs from 'node:fs'; import { z } from 'zod'; import { a } from '../../../shared/api/contract';" },
    { filename: at('electron/main/x.ts'), code: "import { app } from 'electron'; import { invoke } from '../core/api';" },
    { filename: at('electron/preload/index.ts'), code: "import { contextBridge } from 'electron'; import type { ApiBridge } from '../../shared/api/bridge';" },
    { filename: at('renderer/src/x.tsx'), code: "import { create } from 'zustand'; import { formatDate } from '../../shared/format/dates';" },
    { filename: at('shared/api/x.ts'), code: "import { z } from 'zod'; import type { AppInfo } from './types';" },
    { filename: at('scripts/x.mjs'), code: "import 'electron';" },
  ],
  invalid: [
    { filename: at('electron/core/db/x.ts'), code: "import 'electron';", errors: [{ message: /must not import 'electron'/ }] },
    { filename: at('electron/core/db/x.ts'), code: "const { app } = require('electron');", errors: 1 },
    { filename: at('electron/core/db/x.ts'), code: "export { app } from 'electron';", errors: 1 },
    { filename: at('electron/core/db/x.ts'), code: "void import('electron/main');", errors: 1 },
    { filename: at('electron/core/db/x.ts'), code: "import { menu } from '../../main/menu';", errors: [{ message: /reaches electron\/main\/menu/ }] },
    { filename: at('electron/web/x.ts'), code: "import { app } from 'electron';", errors: 1 },
    { filename: at('electron/cli/x.ts'), code: "import { startWebHost } from '../web/server';", errors: 1 },
    { filename: at('renderer/src/x.tsx'), code: "import { ipcRenderer } from 'electron';", errors: 1 },
    { filename: at('renderer/src/x.tsx'), code: "import fs from 'node:fs';", errors: [{ message: /Node built-in/ }] },
    { filename: at('renderer/src/x.tsx'), code: "import { invoke } from '../../electron/core/api';", errors: 1 },
    { filename: at('shared/x.ts'), code: "import path from 'node:path';", errors: 1 },
    { filename: at('shared/x.ts'), code: "import { useState } from 'react';", errors: 1 },
    { filename: at('shared/api/x.ts'), code: "import { invoke } from '../../electron/core/api';", errors: 1 },
    { filename: at('electron/preload/x.ts'), code: "import { invoke } from '../core/api';", errors: 1 },
  ],
});

describe('the project lint configuration', () => {
  it('fails a real core file once it imports electron', async () => {
    const eslint = new ESLint({ cwd: root });
    const file = at('electron/core/api/app.ts');
    const broken = `import 'electron';\n${fs.readFileSync(file, 'utf8')}`;
    const [result] = await eslint.lintText(broken, { filePath: file });
    expect(result?.messages.filter((message) => message.ruleId === 'local/layers')).toHaveLength(1);
    expect(result?.errorCount).toBeGreaterThan(0);

    const [clean] = await eslint.lintText(fs.readFileSync(file, 'utf8'), { filePath: file });
    expect(clean?.errorCount).toBe(0);
  }, 60_000);
});
