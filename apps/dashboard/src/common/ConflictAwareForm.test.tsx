import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Edit, HttpError, TextInput, testDataProvider } from 'react-admin';
import { createI18nProvider } from '../i18n';
import { SECTIONS } from '../messages';
import { ConflictAwareForm } from './ConflictAwareForm';

const loaded = { id: 1, name: 'Hangzhou Anhai', city: 'Hangzhou', industry: 'Automotive', version: 3 };
const theirs = { ...loaded, city: 'Ningbo', version: 4 };

let stored: typeof loaded;

/** Someone else saves the record while the user is editing it. */
function theyChangeIt() {
  stored = theirs;
}

function renderEdit(update: jest.Mock) {
  stored = loaded;
  const dataProvider = testDataProvider({
    getOne: jest.fn(async () => ({ data: stored })) as never,
    update: update as never,
  });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider(SECTIONS, 'en')}>
      <Edit resource="enterprises" id={1} mutationMode="pessimistic" redirect={false}>
        <ConflictAwareForm>
          <TextInput source="name" />
          <TextInput source="city" />
          <TextInput source="industry" />
        </ConflictAwareForm>
      </Edit>
    </AdminContext>,
  );
}

describe('saving over someone else’s change (409)', () => {
  it('says so, shows what they changed, and reloads their version under what the user typed', async () => {
    const user = userEvent.setup();
    const update = jest
      .fn()
      .mockRejectedValueOnce(
        new HttpError('Someone else changed this enterprise since you opened it.', 409, {
          statusCode: 409,
          message: 'Someone else changed this enterprise since you opened it.',
          current: theirs,
        }),
      )
      .mockImplementationOnce(async (_resource: string, params: { data: object }) => ({
        data: { ...params.data, version: 5 },
      }));
    renderEdit(update);

    const industry = await screen.findByLabelText('Industry');
    await user.clear(industry);
    await user.type(industry, 'New energy vehicles');
    theyChangeIt();
    await user.click(screen.getByRole('button', { name: /save/i }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Someone else changed this enterprise since you opened it.');
    expect(dialog).toHaveTextContent('City');
    expect(dialog).toHaveTextContent('now: Ningbo');

    await user.click(screen.getByRole('button', { name: 'Reload, keep my edits' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Industry')).toHaveValue('New energy vehicles');
    expect(screen.getByLabelText('City')).toHaveValue('Ningbo');

    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update.mock.calls[1][1].data).toMatchObject({
      version: 4,
      city: 'Ningbo',
      industry: 'New energy vehicles',
      name: 'Hangzhou Anhai',
    });
  });

  it('keeps the user’s value when both changed the same field, and says so', async () => {
    const user = userEvent.setup();
    const update = jest.fn().mockRejectedValueOnce(new HttpError('Stale', 409, { current: theirs }));
    renderEdit(update);

    const city = await screen.findByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Shaoxing');
    theyChangeIt();
    await user.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByRole('dialog')).toHaveTextContent('you changed it too; your value is kept');
    await user.click(screen.getByRole('button', { name: 'Reload, keep my edits' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('City')).toHaveValue('Shaoxing');
  });

  it('puts the server’s 400 field errors on the fields, without a conflict dialog', async () => {
    const user = userEvent.setup();
    const update = jest.fn().mockRejectedValueOnce(
      new HttpError('The request is not valid.', 400, {
        statusCode: 400,
        errors: { name: 'must be at most 200 characters' },
      }),
    );
    renderEdit(update);

    await user.type(await screen.findByLabelText('Name'), ' Group');
    await user.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText('must be at most 200 characters')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
