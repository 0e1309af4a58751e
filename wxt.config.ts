import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFile } from './src/ui/locales/index';

// Manifest and build settings. Every user-visible string comes from public/_locales.
export default defineConfig({
  srcDir: '.',
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Builds may go elsewhere (VL_OUT_DIR) so that parallel work does not overwrite one build.
  outDir: process.env.VL_OUT_DIR ?? '.output',
  hooks: {
    // The browser's _locales come from the same catalogue the UI uses (src/ui/locales).
    'build:publicAssets': (_wxt, files) => {
      files.push(
        { relativeDest: '_locales/en/messages.json', contents: JSON.stringify(localeFile('en'), null, 2) },
        { relativeDest: '_locales/zh_CN/messages.json', contents: JSON.stringify(localeFile('zh'), null, 2) },
      );
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'viewpoint-lens@viewpoint-lens.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
