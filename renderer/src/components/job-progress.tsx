import { useEffect, useState } from 'react';
import type { JobState } from '../../../shared/api.js';
import { useApp } from '../state.js';

const secs = (s: number) => (s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

/** "2.4 MB/s", "1,250 products/s": the rate in the unit the job counts. */
export function formatRate(rate: number, unit: JobState['unit']): string {
  if (unit === 'bytes') {
    const steps = ['B', 'KB', 'MB', 'GB'];
    let v = rate;
    let i = 0;
    while (v >= 1024 && i < steps.length - 1) {
      v /= 1024;
      i++;
    }
    return `${v.toFixed(v < 10 && i > 0 ? 1 : 0)} ${steps[i]}/s`;
  }
  return `${Math.round(rate).toLocaleString('en')} ${unit}/s`;
}

/** Progress of one long job: bar, rate, time left, cancel. Polls until the job settles. */
export function JobProgress({ jobId, label, onSettled }: { jobId: string; label: string; onSettled: (job: JobState) => void }) {
  const { api, fail } = useApp();
  const [job, setJob] = useState<JobState | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stop = false;
    const tick = async () => {
      try {
        const j = await api.call('jobs.get', { jobId });
        if (stop) return;
        setJob(j);
        if (j.state === 'running') setTimeout(() => void tick(), 200);
        else onSettled(j);
      } catch (err) {
        fail(err);
      }
    };
    void tick();
    return () => {
      stop = true;
    };
    // onSettled is called once per job: a new callback identity must not restart polling (deps omit it).
  }, [api, jobId]);

  const pct = job?.progress === null || job?.progress === undefined ? undefined : Math.round(job.progress * 100);
  return (
    <div className="job" role="group" aria-label={label}>
      <div className="job-line">
        <strong>{label}</strong>
        <span>{job?.detail ?? 'starting'}</span>
        {pct !== undefined && <span className="job-pct">{pct}%</span>}
        {job?.rate ? <span className="muted job-rate">{formatRate(job.rate, job.unit)}</span> : null}
        {job?.state === 'running' && job.eta !== null ? <span className="muted job-eta">about {secs(job.eta)} left</span> : null}
        {job?.state === 'running' && (
          <button
            onClick={() => {
              setCancelling(true);
              void api.call('jobs.cancel', { jobId }).catch(fail);
            }}
            disabled={cancelling}
            aria-label={`Cancel ${label.toLowerCase()}`}
          >
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
        {job && job.state !== 'running' && <span role="status">{job.state === 'cancelled' ? 'Cancelled' : job.state}</span>}
      </div>
      {/* No value while the total is unknown: the bar shows as indeterminate. */}
      <progress max={100} value={pct} aria-label={`${label} progress`} aria-valuetext={job?.detail} />
    </div>
  );
}
