import { randomUUID } from 'node:crypto';
import type { JobState } from '../../../shared/api.js';
import { ProgressMeter } from '../jobs/index.js';
import { ApiError, toApiError } from './errors.js';

type Kind = JobState['kind'];

interface Job {
  state: JobState;
  controller: AbortController;
  /** Rate and ETA over the last few seconds (the jobs runner's meter), not since the start. */
  meter: ProgressMeter;
}

/** Long work (import, audit, suggestions) runs as a job the UI polls: progress, rate, ETA, cancel. */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  /** `unit` names what `done` counts, so the UI can say "2.1 MB/s" or "850 products/s". */
  start(
    kind: Kind,
    unit: JobState['unit'],
    run: (ctl: {
      signal: AbortSignal;
      progress: (done: number, total: number | null, detail: string) => void;
    }) => Promise<JobState['result']>,
  ): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      controller,
      meter: new ProgressMeter(null),
      state: {
        jobId,
        kind,
        state: 'running',
        progress: 0,
        detail: 'starting',
        startedAt: Date.now(),
        rate: null,
        eta: null,
        unit,
        error: null,
        result: null,
      },
    };
    this.jobs.set(jobId, job);
    const progress = (done: number, total: number | null, detail: string) => {
      const p = job.meter.update(done, total);
      job.state.progress = total ? Math.min(1, done / total) : null;
      job.state.detail = detail;
      job.state.rate = p.rate !== null && p.rate >= 0 ? p.rate : null;
      job.state.eta = p.etaSeconds;
    };
    void run({ signal: controller.signal, progress }).then(
      (result) => {
        job.state.state = 'done';
        job.state.progress = 1;
        job.state.eta = 0;
        job.state.result = result;
      },
      (err) => {
        const e = toApiError(err);
        job.state.state = e.code === 'cancelled' || controller.signal.aborted ? 'cancelled' : 'failed';
        job.state.error = e.message;
      },
    );
    return jobId;
  }

  get(jobId: string): JobState {
    const j = this.jobs.get(jobId);
    if (!j) throw new ApiError('not_found', `no job ${jobId}`);
    return { ...j.state };
  }

  cancel(jobId: string): JobState {
    const j = this.jobs.get(jobId);
    if (!j) throw new ApiError('not_found', `no job ${jobId}`);
    if (j.state.state === 'running') j.controller.abort();
    return { ...j.state };
  }

  running(): boolean {
    return [...this.jobs.values()].some((j) => j.state.state === 'running');
  }

  /** Waits for every running job to settle (closing a project mid-import must not cut a transaction). */
  async settle(): Promise<void> {
    for (const j of this.jobs.values()) if (j.state.state === 'running') j.controller.abort();
    while (this.running()) await new Promise((r) => setTimeout(r, 20));
  }
}
