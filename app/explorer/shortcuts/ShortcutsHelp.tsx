'use client';

import { SHORTCUTS, shortcutLines } from './shortcuts';
import { Modal } from '@/app/lib/Modal';
import './shortcuts.css';

/** The keyboard shortcuts overlay ('?'): a modal dialog named "Keyboard shortcuts" listing SHORTCUTS. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-help">
      <div className="modal-body">
        <p className="modal-intro">
          Ctrl means ⌘ on a Mac. Shortcuts wait while you type in a field, except Esc.
        </p>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {shortcutLines(SHORTCUTS).map((line) => (
              <tr key={`${line.action}:${line.description}`} data-action={line.action}>
                <td className="shortcut-keys">
                  {line.combos.map((keys, i) => (
                    <span key={keys.join('+')}>
                      {i > 0 && <span className="shortcut-or"> or </span>}
                      <kbd>
                        {keys.map((key, j) => (
                          <span key={key}>
                            {j > 0 && '+'}
                            <kbd>{key}</kbd>
                          </span>
                        ))}
                      </kbd>
                    </span>
                  ))}
                </td>
                <td>{line.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="modal-actions">
          <button type="button" className="button-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
