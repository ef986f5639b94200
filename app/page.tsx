import { HomePage } from '@/components/site/home-page';
import { getHomeView } from '@/lib/server/source';

export default function Home() {
  return <HomePage view={getHomeView()} />;
}
