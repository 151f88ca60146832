import { useEffect, useState } from 'react';
import { useApp } from '../state.js';

/**
 * Where the product photos are (OCR reads them; the grid and the evidence show them). A typed path
 * works in both shells: browser mode has no native folder picker.
 */
export function PhotosFolder() {
  const { api, fail, dataChanged } = useApp();
  const [folder, setFolder] = useState<{ folder: string | null; chosen: boolean } | null>(null);
  const [path, setPath] = useState('');

  useEffect(() => {
    api.call('images.folder', {}).then((f) => (setFolder(f), setPath(f.folder ?? '')), fail);
  }, [api, fail]);

  const choose = async (p: string | null) => {
    try {
      const f = await api.call('images.setFolder', { path: p });
      setFolder(f);
      setPath(f.folder ?? '');
      dataChanged();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <form
      className="toolbar"
      aria-label="Product photos"
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) void choose(path.trim());
      }}
    >
      <label>
        Photos folder{' '}
        <input
          type="text"
          size={48}
          value={path}
          placeholder="an images folder beside the catalog"
          onChange={(e) => setPath(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!path.trim() || path === folder?.folder}>
        Use this folder
      </button>
      {folder?.chosen && (
        <button type="button" onClick={() => void choose(null)}>
          Use the folder beside the catalog
        </button>
      )}
      <span className="muted">{folder?.folder ? '' : 'No photos folder found.'}</span>
    </form>
  );
}
