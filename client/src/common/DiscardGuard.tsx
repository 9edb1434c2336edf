import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useFormState } from 'react-hook-form';
import { Confirm } from 'react-admin';

/**
 * Typed work is not thrown away without asking: a dialog asked to close
 * (Escape, a click beside it, Cancel) while its form has changes first asks
 * whether to discard them. Put `<DirtyWatcher>` inside the dialog's form and
 * `confirmation` next to the dialog.
 */
export function useGuardedClose(onClose: () => void) {
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty.current ? setAsking(true) : onClose());
  const confirmation = (
    <Confirm
      isOpen={asking}
      title="app.guards.discardTitle"
      content="ra.message.unsaved_changes"
      confirm="app.guards.discard"
      cancel="app.guards.keepEditing"
      onConfirm={() => {
        setAsking(false);
        onClose();
      }}
      onClose={() => setAsking(false)}
    />
  );
  return { dirty, requestClose, confirmation };
}

/** Keeps `dirty` in step with the surrounding react-hook-form form. */
export const DirtyWatcher = ({ dirtyRef }: { dirtyRef: MutableRefObject<boolean> }) => {
  const { dirtyFields, isSubmitSuccessful } = useFormState();
  const dirty = !isSubmitSuccessful && Object.keys(dirtyFields).length > 0;
  // A ref is written after rendering, not during it; a close is only asked for after that.
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirtyRef, dirty]);
  return null;
};
