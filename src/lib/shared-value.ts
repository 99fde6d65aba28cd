/**
 * A value kept outside React that components read and re-render on: set from anywhere (a module
 * that finished loading, a flow that ended), read in components with `useValue`.
 */
import { useSyncExternalStore } from "react";

export interface SharedValue<T> {
  get(): T;
  set(value: T): void;
  useValue(): T;
}

export function sharedValue<T>(initial: T): SharedValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const get = () => value;
  return {
    get,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    useValue: () => useSyncExternalStore(subscribe, get),
  };
}
