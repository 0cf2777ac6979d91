// What the shell provides to remotes as the shared `react-router`: the exports the apps import (kept complete
// by federation-shared.test.ts), not the package's framework mode (server rendering, sessions, cookies).
export {
  createBrowserRouter,
  Link,
  Navigate,
  Outlet,
  Route,
  RouterProvider,
  Routes,
  useBlocker,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
