import { useEffect, useState } from 'react';
import type { JobState } from '../../../shared/api.js';
import { useApp } from '../state.js';

const secs = (s: number) => (s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

/** Progress of one long job: bar, rate, time left, cancel. Polls until the job settles. */
export function JobProgress({ jobId, label, onSettled }: { jobId: string; label: string; onSettled: (job: JobState) => void }) {
  const { api, fail } = useApp();
  const [job, setJob] = useState<JobState | null>(null);

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
        {job?.rate ? <span className="muted">{Math.round(job.rate).toLocaleString('en')}/s</span> : null}
        {job?.eta ? <span className="muted">about {secs(job.eta)} left</span> : null}
        {job?.state === 'running' && (
          <button onClick={() => void api.call('jobs.cancel', { jobId }).catch(fail)} aria-label={`Cancel ${label}`}>
            Cancel
          </button>
        )}
      </div>
      <progress max={100} value={pct} aria-label={`${label} progress`} />
    </div>
  );
}
