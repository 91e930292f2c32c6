import { findVariant, type Variant } from './variants.ts';

/** The localStorage key holding the reader's chosen variant. */
export const PREFERENCE_KEY = 'script-variant';

/** Returns the remembered variant, or undefined when none is stored or storage is unavailable. */
export function rememberedVariant(storage: () => Storage): Variant | undefined {
  try {
    const stored = storage().getItem(PREFERENCE_KEY);
    return stored ? findVariant(stored) : undefined;
  } catch {
    // Private modes and disabled storage throw: the reader simply is not remembered.
    return undefined;
  }
}

/** Remembers the reader's variant; a storage failure is harmless and ignored. */
export function rememberVariant(storage: () => Storage, variant: Variant): void {
  try {
    storage().setItem(PREFERENCE_KEY, variant.key);
  } catch {
    // See rememberedVariant.
  }
}
