import { Box } from '@mui/material';
import ReactMarkdown from 'react-markdown';

/** Loaded on demand (React.lazy): the markdown renderer is not part of the first bundle. */
export default function Markdown({ text }: { text: string }) {
  return (
    <Box
      sx={{
        '& h1, & h2, & h3': { fontSize: '1.1rem', mt: 2 },
        '& p, & li': { lineHeight: 1.6 },
        overflowWrap: 'anywhere',
      }}
    >
      <ReactMarkdown>{text}</ReactMarkdown>
    </Box>
  );
}
