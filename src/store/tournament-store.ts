import { cachedStatement } from './cached-statement.ts';
import { mergeRun } from './merge-run.ts';
import type { Db } from './open-db.ts';

/** A tournament row. */
export interface StoredTournament {
  readonly id: number;
  readonly name: string;
  readonly configJson: string;
  readonly seed: string;
  readonly status: 'planned' | 'running' | 'done' | 'failed';
}

/** A world of a tournament as stored: its plan and, once played, its run. */
export interface StoredTournamentWorld {
  readonly worldKey: string;
  readonly configIndex: number;
  readonly assignmentJson: string;
  readonly seed: string;
  readonly status: 'planned' | 'running' | 'done' | 'failed';
  readonly runId: number | null;
}

/** A competitor's score in one world of a tournament. */
export interface TournamentScore {
  readonly worldKey: string;
  readonly agentType: string;
  readonly score: number;
}

/** A ranking row to store (league-rules.md §12.4). */
export interface RankingRow {
  readonly rank: number;
  readonly agentType: string;
  readonly count: number;
  readonly truncatedMean: number;
  readonly mean: number;
  readonly median: number;
  readonly std: number;
  readonly min: number;
  readonly max: number;
  readonly winner: boolean;
}

export interface PairwiseRow {
  readonly a: string;
  readonly b: string;
  readonly t: number;
  readonly welchP: number;
  readonly d: number;
  readonly ksP: number;
}

const nullable = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The tournament side of the store: plans, played worlds and rankings. Each played world is written in
 * one transaction together with its "done" mark, so a tournament killed at any moment never holds half a
 * world, and resuming finds exactly the worlds still to play.
 */
export class TournamentStore {
  readonly #db: Db;
  readonly #now: () => string;

  constructor(db: Db, options: { now?: () => string } = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date().toISOString());
  }

  /** The tournament with this name, or null. */
  find(name: string): StoredTournament | null {
    const row = this.#db
      .prepare('SELECT id, name, config_json AS configJson, seed, status FROM tournaments WHERE name = ?')
      .get(name) as StoredTournament | undefined;
    return row ?? null;
  }

  /** Creates a tournament and its planned worlds in one transaction; returns its id. */
  create(options: {
    name: string;
    configJson: string;
    seed: string;
    worlds: readonly { key: string; configIndex: number; assignmentJson: string; seed: string }[];
  }): number {
    return this.#db
      .transaction(() => {
        const id = Number(
          this.#db
            .prepare(
              "INSERT INTO tournaments (name, config_json, seed, status, created_at) VALUES (?, ?, ?, 'running', ?)",
            )
            .run(options.name, options.configJson, options.seed, this.#now()).lastInsertRowid,
        );
        const insert = this.#db.prepare(
          'INSERT INTO tournament_worlds (tournament_id, world_key, config_index, assignment_json, seed) VALUES (?, ?, ?, ?, ?)',
        );
        for (const w of options.worlds) insert.run(id, w.key, w.configIndex, w.assignmentJson, w.seed);
        return id;
      })
      .immediate();
  }

  worlds(tournamentId: number): StoredTournamentWorld[] {
    return this.#db
      .prepare(
        `SELECT world_key AS worldKey, config_index AS configIndex, assignment_json AS assignmentJson, seed, status,
           run_id AS runId FROM tournament_worlds WHERE tournament_id = ? ORDER BY id`,
      )
      .all(tournamentId) as StoredTournamentWorld[];
  }

  /**
   * Prepares a resumed tournament: runs of its worlds that never finished (a killed writer cannot leave
   * any, but a crashed process might have) are deleted. Returns the keys still to play.
   */
  pending(tournamentId: number): string[] {
    return this.#db
      .transaction(() => {
        this.#db.prepare("DELETE FROM runs WHERE tournament_id = ? AND status != 'done'").run(tournamentId);
        return (
          this.#db
            .prepare(
              "SELECT world_key AS k FROM tournament_worlds WHERE tournament_id = ? AND status != 'done' ORDER BY id",
            )
            .all(tournamentId) as { k: string }[]
        ).map((r) => r.k);
      })
      .immediate();
  }

  /**
   * Stores a played world from the shard its worker wrote (a store file holding just that run), and
   * marks the world done, all in one transaction (mergeRun). The caller deletes the shard.
   */
  mergeWorld(tournamentId: number, worldKey: string, shardPath: string): number {
    return mergeRun(this.#db, shardPath, { tournamentId, worldKey }, (runId) => {
      cachedStatement<[number, number, string], never>(
        this.#db,
        "UPDATE tournament_worlds SET status = 'done', run_id = ? WHERE tournament_id = ? AND world_key = ?",
      ).run(runId, tournamentId, worldKey);
    });
  }

  /**
   * Every competitor score of the tournament's finished worlds, summed per type and world (§12.4). Filler
   * factories (`_df_…`) are left out even when a competitor's type was also drawn as a filler.
   */
  scores(tournamentId: number, competitorTypes: readonly string[]): TournamentScore[] {
    const rows = this.#db
      .prepare(
        `SELECT r.world_key AS worldKey, s.agent_type AS agentType, SUM(s.score) AS score
         FROM scores s JOIN runs r ON r.id = s.run_id
         WHERE r.tournament_id = ? AND r.status = 'done' AND s.agent NOT LIKE '\\_df\\_%' ESCAPE '\\'
         GROUP BY r.world_key, s.agent_type ORDER BY r.world_key, s.agent_type`,
      )
      .all(tournamentId) as TournamentScore[];
    const wanted = new Set(competitorTypes);
    return rows.filter((r) => wanted.has(r.agentType));
  }

  /** Total agent faults per competitor type over the tournament's finished worlds (fillers left out). */
  faultsByType(tournamentId: number): Map<string, number> {
    const rows = this.#db
      .prepare(
        `SELECT s.agent_type AS agentType, SUM(s.faults) AS faults FROM scores s JOIN runs r ON r.id = s.run_id
         WHERE r.tournament_id = ? AND r.status = 'done' AND s.agent NOT LIKE '\\_df\\_%' ESCAPE '\\'
         GROUP BY s.agent_type`,
      )
      .all(tournamentId) as { agentType: string; faults: number }[];
    return new Map(rows.map((r) => [r.agentType, r.faults]));
  }

  /** Replaces the stored ranking and pairwise tests and marks the tournament done. */
  saveRanking(tournamentId: number, ranking: readonly RankingRow[], pairwise: readonly PairwiseRow[]): void {
    this.#db
      .transaction(() => {
        this.#db.prepare('DELETE FROM tournament_rankings WHERE tournament_id = ?').run(tournamentId);
        this.#db.prepare('DELETE FROM tournament_pairwise WHERE tournament_id = ?').run(tournamentId);
        const rank = this.#db.prepare(
          `INSERT INTO tournament_rankings (tournament_id, rank, agent_type, n_worlds, truncated_mean, mean, median, std, min, max, winner)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const r of ranking) {
          rank.run(
            tournamentId,
            r.rank,
            r.agentType,
            r.count,
            nullable(r.truncatedMean),
            nullable(r.mean),
            nullable(r.median),
            nullable(r.std),
            nullable(r.min),
            nullable(r.max),
            r.winner ? 1 : 0,
          );
        }
        const pair = this.#db.prepare(
          'INSERT INTO tournament_pairwise (tournament_id, type_a, type_b, welch_t, welch_p, ks_d, ks_p) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        for (const p of pairwise)
          pair.run(tournamentId, p.a, p.b, nullable(p.t), nullable(p.welchP), nullable(p.d), nullable(p.ksP));
        this.#db.prepare("UPDATE tournaments SET status = 'done' WHERE id = ?").run(tournamentId);
      })
      .immediate();
  }

  /** The stored ranking, best first. */
  ranking(tournamentId: number): RankingRow[] {
    const rows = this.#db
      .prepare(
        `SELECT rank, agent_type AS agentType, n_worlds AS count, truncated_mean AS truncatedMean, mean, median, std,
           min, max, winner FROM tournament_rankings WHERE tournament_id = ? ORDER BY rank`,
      )
      .all(tournamentId) as (Omit<RankingRow, 'winner'> & { winner: number })[];
    return rows.map((r) => ({ ...r, winner: r.winner === 1 }));
  }
}
