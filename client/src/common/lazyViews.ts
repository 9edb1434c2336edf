import { createElement, lazy, Suspense, type ComponentType } from 'react';

type View = 'list' | 'show' | 'edit' | 'create';
type Views = Partial<Record<View, ComponentType>>;

/**
 * A resource's pages, each fetched when first opened: `load` is the dynamic import of the resource's module
 * (one chunk per resource). react-admin's layout shows its loading indicator meanwhile (its Suspense).
 */
export function lazyViews<M extends { default: Views }>(
  load: () => Promise<M>,
  views: readonly (View & keyof M['default'])[],
): Views {
  return Object.fromEntries(
    views.map((view) => [view, lazyPage(() => load().then((module) => module.default[view]!))]),
  );
}

/** One page component, fetched when first rendered. */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  return lazy(async () => ({ default: await load() }));
}

/**
 * An input fetched when first shown (e.g. a filter someone adds), with its own Suspense so the page around it
 * stays; react-admin reads its props (`source`, `label`) from the element as usual.
 */
export function lazyInput<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  const LazyInput = (props: P) => createElement(Suspense, { fallback: null }, createElement(Lazy, props));
  return LazyInput;
}
