import type { IndicatorProvider } from './indicator.js';

const providers = new Map<string, IndicatorProvider>();

/** Called by `installModules` for each descriptor that lists indicators; idempotent per module. */
export function registerIndicatorProvider(p: IndicatorProvider): void {
  providers.set(p.module, p);
}

/** Every registered module's indicators, in module order. */
export function indicatorProviders(): IndicatorProvider[] {
  return [...providers.values()];
}
