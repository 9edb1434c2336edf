import { Card, CardContent, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, Title, required, useNotify, useTranslate, HttpError } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { SessionEnded, useApiMutation } from '../common/useApi';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** Any signed-in user changes their own password here (reached from the user menu). */
export const ChangePassword = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { mutateAsync: changePassword } = useApiMutation('changePassword');
  const submit = async ({ currentPassword, newPassword, repeat }: Values) => {
    if (newPassword !== repeat) return { repeat: 'app.password.mismatch' };
    try {
      await changePassword({ currentPassword, newPassword });
      notify('app.password.changed', { type: 'success' });
      void navigate('/');
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | null)?.errors : undefined;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="app.password.title" />
      <CardContent>
        <Typography variant="h6">{translate('app.password.title')}</Typography>
        <Form onSubmit={submit as never}>
          <PasswordInput source="currentPassword" label="app.password.current" validate={required()} fullWidth />
          <PasswordInput
            source="newPassword"
            label="app.password.new"
            validate={required()}
            helperText="app.password.hint"
            fullWidth
          />
          <PasswordInput source="repeat" label="app.password.repeat" validate={required()} fullWidth />
          <SaveButton label="ra.action.save" />
        </Form>
      </CardContent>
    </Card>
  );
};
