import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** In place of a note the server withheld from this reader (`noteWithheld`). */
export const NoteWithheld = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }} data-testid="note-withheld">
      {translate('app.permissions.noteWithheld')}
    </Typography>
  );
};
