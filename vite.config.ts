/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { firstPageChunk, firstPageWeight } from './scripts/vite-first-page-weight.ts'
import { firstPageWords } from './scripts/vite-first-page-words.ts'

/**
 * The Content Security Policy the built app runs under. Nothing may load from or talk to another
 * origin; no inline or eval'd script. Dev mode is left without it because Vite's live reload needs inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * The headers every response of the app should carry, served by `vite preview` and shown for other
 * hosts in the README. Framing is refused (`frame-ancestors` works only as a header, never in the
 * meta tag), no page tells another site where the person came from, and the browser turns off what
 * the app never uses. Over HTTPS a host should add Strict-Transport-Security as well.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'what-they-hold:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      // Names the build, so a browser test can build two versions and watch the update happen.
      { tag: 'meta', attrs: { name: 'what-they-hold-build', content: process.env.WTH_BUILD_ID ?? 'main' }, injectTo: 'head' },
    ],
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstPageWeight(),
    firstPageWords(),
    firstPageChunk(),
    VitePWA({
      // We register the service worker ourselves (src/offline/), and only update when the person agrees.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['icons/apple-touch-icon.png', 'icons/icon.svg'],
      manifest: {
        id: '/',
        name: 'What They Hold',
        short_name: 'What They Hold',
        description: 'Find out what the police, councils and Prevent hold about you, and get it corrected or deleted. Letters are made on your device.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#12403c',
        background_color: '#fffdf7',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the journey needs offline, fonts included (they are not in the default glob).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}', 'fonts/*.ttf'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/dom/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // Every core: vitest leaves one free by default, which on a 2-core CI machine ran the files one at
    // a time (184 s, against 119 s on both cores).
    maxWorkers: '100%',
  },
})
