// Stages declare the layers they require and assign; `buildPipeline` checks the order once,
// before any text runs, so a mis-ordered pipeline fails with E020/E021 instead of bad output.
import type { Doc } from './doc.js';
import { SitrepError, asSitrepError } from './errors.js';
import type { DomainPack } from './pack.js';

export interface Context<L> {
  readonly doc: Doc;
  readonly pack: DomainPack;
  readonly layers: Partial<L>;
}

export interface Stage<L> {
  readonly name: string;
  readonly requires: readonly (keyof L & string)[];
  readonly assigns: readonly (keyof L & string)[];
  run(ctx: Context<L>): void;
}

export interface Pipeline<L> {
  readonly stages: readonly Stage<L>[];
  run(doc: Doc, pack: DomainPack): L;
}

export function buildPipeline<L>(stages: readonly Stage<L>[]): Pipeline<L> {
  const assigned = new Map<string, string>();
  for (const s of stages) {
    for (const need of s.requires) {
      if (!assigned.has(need)) throw new SitrepError('E020', `stage '${s.name}' requires '${need}'`);
    }
    for (const out of s.assigns) {
      const prev = assigned.get(out);
      if (prev) throw new SitrepError('E021', `'${out}' by '${prev}' and '${s.name}'`);
      assigned.set(out, s.name);
    }
  }
  return {
    stages,
    run(doc, pack) {
      const layers: Partial<L> = {};
      const ctx: Context<L> = { doc, pack, layers };
      for (const s of stages) {
        try {
          s.run(ctx);
        } catch (e) {
          throw asSitrepError(e, 'E022', `${s.name} on ${doc.meta.path ?? doc.id}`);
        }
        for (const out of s.assigns) {
          if (!(out in layers)) throw new SitrepError('E022', `stage did not assign '${out}'`, s.name);
        }
      }
      return layers as L;
    },
  };
}

/** Reads a layer a stage declared in `requires` (the pipeline guarantees it is there). */
export function need<L, K extends keyof L>(ctx: Context<L>, name: K): L[K] {
  const v = ctx.layers[name];
  if (v === undefined) throw new SitrepError('E020', `layer '${String(name)}' missing at run time`);
  return v as L[K];
}
