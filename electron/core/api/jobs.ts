import { randomUUID } from 'node:crypto';
import type { JobState } from '../../../shared/api.js';
import { ApiError, toApiError } from './errors.js';

type Kind = JobState['kind'];

interface Job {
  state: JobState;
  controller: AbortController;
  /** For rate and ETA: the work unit count and when it was last seen. */
  done: number;
}

/** Long work (import, audit, suggestions) runs as a job the UI polls: progress, rate, ETA, cancel. */
export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(
    kind: Kind,
    run: (ctl: {
      signal: AbortSignal;
      progress: (done: number, total: number | null, detail: string) => void;
    }) => Promise<JobState['result']>,
  ): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      controller,
      done: 0,
      state: {
        jobId,
        kind,
        state: 'running',
        progress: 0,
        detail: 'starting',
        startedAt: Date.now(),
        rate: null,
        eta: null,
        error: null,
        result: null,
      },
    };
    this.jobs.set(jobId, job);
    const progress = (done: number, total: number | null, detail: string) => {
      const elapsed = (Date.now() - job.state.startedAt) / 1000;
      job.done = done;
      job.state.progress = total ? Math.min(1, done / total) : null;
      job.state.detail = detail;
      job.state.rate = elapsed > 0 ? done / elapsed : null;
      job.state.eta = total && job.state.rate ? Math.max(0, (total - done) / job.state.rate) : null;
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
